"""Exports: claims written in other vocabularies for other readers (`factcheck export`).

`claimreview` turns verdicts into schema.org ClaimReview JSON-LD, the markup search engines
and fact-check aggregators read (see `factcheck.export.claimreview`).
"""
