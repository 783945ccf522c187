//! `--ca-cert` / `RIME_CA_BUNDLE` end to end: a TLS front with a test CA's certificate for
//! 127.0.0.1 (tests/fixtures/tls) relays to the sandbox; rime trusts it only with the CA.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::doctor::{assert_check, doctor};
use crate::common::Env;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tls")
        .join(name)
}

/// Terminates TLS with the test CA's certificate for 127.0.0.1 and relays to `backend`.
fn tls_front(backend: String) -> u16 {
    tls_front_with(backend, "server.pem", "server.key")
}

/// Terminates TLS with a fixture certificate and key, relaying to `backend`.
pub fn tls_front_with(backend: String, cert: &str, key: &str) -> u16 {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer> =
        CertificateDer::pem_slice_iter(&std::fs::read(fixture(cert)).unwrap())
            .collect::<Result<_, _>>()
            .unwrap();
    let key = PrivateKeyDer::from_pem_slice(&std::fs::read(fixture(key)).unwrap()).unwrap();
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let (config, backend) = (config.clone(), backend.clone());
            std::thread::spawn(move || relay(conn, config, &backend));
        }
    });
    port
}

fn relay(client: TcpStream, config: Arc<rustls::ServerConfig>, backend: &str) {
    let quiet = |e: &std::io::Error| {
        matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        )
    };
    let Ok(conn) = rustls::ServerConnection::new(config) else {
        return;
    };
    let tick = Some(Duration::from_millis(10));
    let _ = client.set_read_timeout(tick);
    let mut tls = rustls::StreamOwned::new(conn, client);
    let Ok(mut up) = TcpStream::connect(backend) else {
        return;
    };
    let _ = up.set_read_timeout(tick);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match tls.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                if up.write_all(&buf[..n]).is_err() {
                    return;
                }
            }
            Err(e) if quiet(&e) => {}
            Err(_) => return,
        }
        match up.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                if tls.write_all(&buf[..n]).and_then(|_| tls.flush()).is_err() {
                    return;
                }
            }
            Err(e) if quiet(&e) => {}
            Err(_) => return,
        }
    }
}

#[test]
fn a_custom_ca_bundle_is_trusted_end_to_end() {
    let env = Env::new();
    let backend = env.sb.origin.trim_start_matches("http://").to_string();
    let port = tls_front(backend);
    let url = format!("https://127.0.0.1:{port}/api/v1");
    let ca = fixture("ca.pem");
    let ca = ca.to_str().unwrap();
    let list = env
        .rime(format!(
            "--api-url {url} --ca-cert {ca} projects list -o json"
        ))
        .run()
        .ok()
        .json();
    assert!(list.as_array().unwrap().iter().any(|p| p["name"] == "demo"));
    // Without the CA the certificate is unknown, and rime says so.
    env.rime(format!("--api-url {url} --max-retries 0 projects list"))
        .run()
        .code(1)
        .stderr_has("certificate");
    let (code, report, stderr) = doctor(&env, &["--api-url", &url], &[("RIME_CA_BUNDLE", ca)]);
    assert_eq!(code, 0, "{stderr}");
    assert_check(&report, "tls", "passed", "plus 1 certificate(s) from");
    assert_check(&report, "api", "passed", "is reachable");
    let (code, report, _) = doctor(&env, &["--api-url", &url], &[]);
    assert_eq!(code, 9);
    assert_check(&report, "tls", "failed", "the TLS handshake failed");
}
