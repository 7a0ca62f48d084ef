/** The text of `draftdiff --help`. */
export const HELP = `draftdiff — compare versions of a draft agreement clause by clause

Usage:
  draftdiff validate PATH…                 check drafts (files or folders of .md or .txt files)
  draftdiff show FILE… [--format text|json] [--full]
                                           the parsed draft: outline of clauses, ids and facts
  draftdiff compare OLD NEW [--format text|html|md|json|docx] [-o FILE]
                                           redline of two versions and what each change means
  draftdiff history PATH… [--clause ID] [--format text|json|html] [-o FILE]
                                           each clause across all versions, and who wrote each phrase
  draftdiff publish DIR --out SITE [--pairs consecutive|all]
                                           static site: timeline, redlines, clause histories
  draftdiff schema [draft|comparison]      JSON Schema of the parsed draft or of a comparison
  draftdiff help COMMAND                   options of one command
  draftdiff --version

A file given as - is read from standard input (once): pbpaste | draftdiff compare old.md -

Exit codes: 0 success, 1 invalid input (messages as file:line:column: message [rule]),
            2 usage error, 3 internal error.
Colour is used only on a terminal, never when NO_COLOR is set.
`;

/** The text of `draftdiff COMMAND --help`. */
export const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: draftdiff validate PATH…

Reads each draft (a folder gives its .md and .txt files, README excepted) and prints every problem as
file:line:column: message [rule]. Exits 0 when no draft has an error (warnings are allowed), 1 otherwise.
`,
  show: `Usage: draftdiff show FILE… [--format text|json] [--full]

Prints the draft as draftdiff reads it. text (default): provenance, then every clause and block in reading
order with line:column, number, id ({#id} when the author gave it) and the facts found; --full prints whole
texts. json: the Draft (see "draftdiff schema"); an array when several files are given.
`,
  compare: `Usage: draftdiff compare OLD NEW [options]

OLD or NEW may be - for standard input (a pasted draft: pbpaste | draftdiff compare old.md -).

  -f, --format FORMAT      text (default), html, md (CriticMarkup), json, docx (Word, tracked changes)
  -o, --output FILE        write to FILE (atomically) instead of standard output
      --templates DIR      Handlebars templates that replace the built-in ones (html, md, text)
      --author NAME        author of the tracked changes in docx output (default "draftdiff")
      --ignore-case        treat changes of letter case as no change
      --ignore-whitespace  treat changes of spacing as no change
      --ignore-typography  treat curly/straight quotes, dashes and non-breaking spaces as equal
      --ignore-numbering   do not report renumbering: neither new clause numbers nor cross-references
                           rewritten to follow them ("Clause 45" → "Clause 46", the same clause)
`,
  history: `Usage: draftdiff history PATH… [--clause ID] [--agreement ID] [--format text|json|html] [-o FILE]

Follows each clause across all versions of one agreement (ordered by "follows", else by date): a timeline line
per version (introduced, modified, renumbered, split, merged, removed, restored, not reported) and the latest
wording with each phrase marked [version] for the version that introduced it.
  --clause ID      only the clause with this id (its lineage id or its id in any version)
  --agreement ID   which agreement to follow when the drafts hold several (default: the one most drafts name)
  -f, --format     text (default), json (the History) or html (one self-contained page: the versions, then
                   each clause as the published site's clause page shows it)
  -o, --output FILE  write to FILE (atomically) instead of standard output
`,
  publish: `Usage: draftdiff publish DIR --out SITE [--pairs consecutive|all] [--templates DIR] [--agreement ID]

Writes a static site of the drafts in DIR: index.html (the versions on a timeline with who reported them, how
complete they are and whose words they hold), compare/OLD--NEW.html (a redline per consecutive pair, every pair
with --pairs all), clauses/ID.html (each clause across all versions, who wrote which words, and its comparison with
the text it is modelled on) and references/ID.html. Prints the path of index.html. SITE is replaced whole; only an
empty folder or an earlier site is replaced. Exits 1 when a draft has an error (nothing is written).
  -o, --out SITE      folder to write (required)
      --pairs MODE    consecutive (default) or all
      --templates DIR templates that replace ours: DIR/site/*.hbs, DIR/html/*.hbs
      --agreement ID  which agreement to publish when the drafts hold several
`,
  schema: `Usage: draftdiff schema [draft|comparison]

Prints the JSON Schema (draft 2020-12) of a parsed draft (default) or of a comparison.
`,
};
