"""Opening the journal file: where it lives, its connections, encryption, checks and locks."""
