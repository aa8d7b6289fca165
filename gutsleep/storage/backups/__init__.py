"""The copies in the data folder's backups/: taking, rotating and restoring them."""
