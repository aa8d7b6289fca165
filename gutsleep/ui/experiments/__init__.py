"""The Experiments page: the list and result of self-experiments, and the wizard that plans one."""
