"""Background jobs: drafting, imports and exports that outlive a request or a terminal.

The ``jobs`` table is the truth; a job kind (``kinds/``) plans chunks when the job is queued
and does one chunk at a time when a runner claims it (``store``, ``runner``). Who runs the
chunks is the only thing that changes between installs (``dispatch``): the serve process's own
thread by default, Celery workers on any number of machines with ``WORKBENCH_BROKER_URL``.
"""
