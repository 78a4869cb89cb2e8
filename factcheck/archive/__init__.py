"""The archive: subjects shared across claims files, and values that must agree across them.

A register (configured with `register:`) names the claims files whose `subjects:` are the
archive's. Every claim about a registered subject, in any file of a run, is indexed by
subject and property; two articles whose values for one of them cannot both be true get an
FC601 finding, unless one claim says it corrects or supersedes the other. See docs/archive.md.
"""
