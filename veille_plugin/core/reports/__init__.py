"""What reports share: escaping, French numbers and dates (:mod:`.html`), spreadsheet-safe CSV
(:mod:`.spreadsheet_csv`)."""
