// SwnbRandom: placeholder until its first file lands.
