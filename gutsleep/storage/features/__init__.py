"""The repositories of the features beside the journal: articles, checklist,
experiments and the sleep window."""
