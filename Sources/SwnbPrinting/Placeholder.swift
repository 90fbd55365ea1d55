// SwnbPrinting: placeholder until its first file lands.
