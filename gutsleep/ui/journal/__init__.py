"""The Journal: one day's entry, saved as the person types.

- :mod:`.page`: the page: choosing the day, loading and saving it (with retries when a
  save fails), the status line and the read-outs (sleep figures, the planner's window,
  the week's plants).
- :mod:`.form`: the day's form, built from the field declaration (domain.fields): every
  single value by its kind, choices and placement, plus the day's lists.
- :mod:`.lists`: the day's lists (foods, plants, trigger foods, bowel movements,
  practices, supplements and medicines): their columns, and rows to and from the entry.
"""
