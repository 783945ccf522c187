//! The one trust store for REST and WebSocket alike: the platform's verifier (the OS roots,
//! loaded on first use) plus any `--ca-cert` certificates, over rustls with the ring provider.
//! A chain that ends at a `--ca-cert` certificate is trusted without loading the OS store.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

use super::Error;
use super::error::TrustProblem;

/// The ring provider, installed once as the process default (reqwest falls back to it too).
/// ring, not aws-lc: aws-lc's entropy seeding costs ~45 ms of CPU per process.
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()))
}

/// The certificates of a PEM bundle; an unreadable file, a bad PEM or an empty one is an error.
pub fn read_bundle(path: &Path) -> Result<Vec<CertificateDer<'static>>, Error> {
    let trust = |problem| Error::Trust {
        path: path.to_path_buf(),
        problem,
    };
    let pem = std::fs::read(path).map_err(|e| trust(TrustProblem::Unreadable(e.to_string())))?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<_, _>>()
        .map_err(|e| trust(TrustProblem::NotPem(e.to_string())))?;
    if certs.is_empty() {
        return Err(trust(TrustProblem::Empty));
    }
    Ok(certs)
}

/// The TLS client configuration every connection of one client shares. HTTP/1.1 is offered
/// by ALPN: the REST client speaks nothing else, and a WebSocket upgrade needs it.
pub fn client_config(extra_ca: Option<&Path>) -> Result<Arc<rustls::ClientConfig>, Error> {
    let provider = provider();
    let setup = |e: &dyn std::fmt::Display| Error::Setup(format!("cannot set up TLS: {e}"));
    let verifier: Arc<dyn ServerCertVerifier> = match extra_ca {
        None => Arc::new(
            rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| setup(&e))?,
        ),
        Some(path) => {
            let certs = read_bundle(path)?;
            let mut roots = rustls::RootCertStore::empty();
            roots.add_parsable_certificates(certs.iter().cloned());
            let extra = WebPkiServerVerifier::builder_with_provider(roots.into(), provider.clone())
                .build()
                .map_err(|e| setup(&e))?;
            Arc::new(ExtraFirst {
                extra,
                certs,
                provider: provider.clone(),
                platform: OnceLock::new(),
            })
        }
    };
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| setup(&e))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// `--ca-cert` first: a chain that ends at one of its certificates is trusted without loading the
/// OS store (parsing it was most of the CPU of a one-request command); any other chain goes to
/// the platform verifier, which trusts the OS store and the same certificates, as before.
#[derive(Debug)]
struct ExtraFirst {
    extra: Arc<WebPkiServerVerifier>,
    certs: Vec<CertificateDer<'static>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    /// Made (and the OS store read) on the first chain `extra` does not know.
    platform: OnceLock<Result<rustls_platform_verifier::Verifier, rustls::Error>>,
}

impl ExtraFirst {
    fn platform(&self) -> Result<&rustls_platform_verifier::Verifier, rustls::Error> {
        let made = self.platform.get_or_init(|| {
            rustls_platform_verifier::Verifier::new_with_extra_roots(
                self.certs.iter().cloned(),
                self.provider.clone(),
            )
        });
        made.as_ref().map_err(Clone::clone)
    }
}

impl ServerCertVerifier for ExtraFirst {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verify = |v: &dyn ServerCertVerifier| {
            v.verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        };
        match verify(self.extra.as_ref()) {
            Err(rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)) => {
                verify(self.platform()?)
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.extra.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.extra.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.extra.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ca_bundle_must_hold_certificates() {
        let dir = std::env::temp_dir().join(format!("rime-tls-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let empty = dir.join("empty.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let e = client_config(Some(&empty)).expect_err("an empty bundle is refused");
        assert!(e.to_string().contains("no certificates found"), "{e}");
        let missing = dir.join("missing.pem");
        let e = read_bundle(&missing).expect_err("a missing bundle is refused");
        assert!(e.to_string().contains("cannot read CA bundle"), "{e}");
        let ca = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls/ca.pem");
        assert_eq!(read_bundle(&ca).unwrap().len(), 1);
        let config = client_config(Some(&ca)).unwrap();
        assert_eq!(config.alpn_protocols, [b"http/1.1".to_vec()]);
        let _ = std::fs::remove_dir_all(dir);
    }
}
