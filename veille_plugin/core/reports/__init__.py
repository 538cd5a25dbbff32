"""What reports share: spreadsheet-safe CSV (:mod:`.spreadsheet_csv`)."""
