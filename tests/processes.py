"""Several processes writing to one register at the same moment, for the concurrency tests."""

import multiprocessing

SPAWN = multiprocessing.get_context("spawn")


def run_together(target, args_list, timeout: float) -> list:
    """Start one spawned process per argument tuple (each gets a shared start Event appended), release them
    together, wait; a process still alive after ``timeout`` s is killed. Returns the exit codes."""
    start = SPAWN.Event()
    workers = [SPAWN.Process(target=target, args=(*args, start)) for args in args_list]
    for w in workers:
        w.start()
    start.set()
    try:
        for w in workers:
            w.join(timeout)
    finally:
        for w in workers:
            if w.is_alive():
                w.kill()
                w.join(10)
    return [w.exitcode for w in workers]
