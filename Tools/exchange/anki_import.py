#!/usr/bin/env python3
# Lectern: imports an Anki text export (lectern's AnkiExporter) into a fresh Anki collection with the real importer
# from the `anki` package (PyPI) and prints what the collection then holds, as JSON, for ExchangeAnkiTests.
# GPL-3.0-or-later.
#
#   python3 Tools/exchange/anki_import.py EXPORT.txt
#
# Prints {"notes": N, "byNoteType": {...}, "decks": [...], "guids": [...], "tagged": N, "clozeCards": N,
# "importLog": {"new": N, "updated": N, "duplicate": N, "conflicting": N, "firstFieldMatch": N, "missingNotetype": N,
# "missingDeck": N, "emptyFirstField": N}}. The collection lives in a temporary folder removed on exit.
import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest


def main(path):
    with tempfile.TemporaryDirectory(prefix="lectern-anki-") as folder:
        collection = Collection(os.path.join(folder, "collection.anki2"))
        try:
            # The metadata comes from the file's own '#' headers: nothing is set here, so the test shows that Anki
            # imports the file "without questions asked".
            metadata = collection.get_csv_metadata(path, None)
            result = collection.import_csv(ImportCsvRequest(path=path, metadata=metadata))
            log = result.log
            note_ids = collection.find_notes("")
            by_type = {}
            guids = []
            tagged = 0
            for note_id in note_ids:
                note = collection.get_note(note_id)
                name = note.note_type()["name"]
                by_type[name] = by_type.get(name, 0) + 1
                guids.append(note.guid)
                if any(tag.startswith("lectern::paragraph::") for tag in note.tags):
                    tagged += 1
            report = {
                "notes": len(note_ids),
                "byNoteType": by_type,
                "decks": sorted(deck.name for deck in collection.decks.all_names_and_ids()),
                "guids": sorted(guids),
                "tagged": tagged,
                "clozeCards": len(collection.find_cards("note:Cloze")),
                "importLog": {
                    "new": len(log.new),
                    "updated": len(log.updated),
                    "duplicate": len(log.duplicate),
                    "conflicting": len(log.conflicting),
                    "firstFieldMatch": len(log.first_field_match),
                    "missingNotetype": len(log.missing_notetype),
                    "missingDeck": len(log.missing_deck),
                    "emptyFirstField": len(log.empty_first_field),
                },
            }
        finally:
            collection.close()
    json.dump(report, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: anki_import.py EXPORT.txt\n")
        sys.exit(64)
    main(sys.argv[1])
