"""Functions that read: the admin and reports call them, they never write."""
