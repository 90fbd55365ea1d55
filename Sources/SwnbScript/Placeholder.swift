// SwnbScript: placeholder until its first file lands.
