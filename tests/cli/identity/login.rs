//! Password and token logins; a failed login stores nothing and keeps the previous credential.
