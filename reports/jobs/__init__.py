"""Background jobs on Django's task framework (imported through ``reports.jobs.framework``
only). The jobs are thin: each calls a service."""
