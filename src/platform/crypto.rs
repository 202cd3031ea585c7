//! WebCrypto: key derivation (PBKDF2-SHA256) and AES-GCM for the kept plan.
