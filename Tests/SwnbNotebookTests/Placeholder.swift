// Placeholder until this module's first tests land.
