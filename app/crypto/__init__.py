"""Keys, signatures and envelope encryption. The only package that imports cryptography/keyring."""
