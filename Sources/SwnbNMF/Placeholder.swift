// SwnbNMF: placeholder until its first file lands.
