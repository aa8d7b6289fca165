"""The Checklist page: the questions, and the result that helps decide what to do."""
