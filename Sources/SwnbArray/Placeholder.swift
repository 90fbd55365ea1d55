// SwnbArray: placeholder until its first file lands.
