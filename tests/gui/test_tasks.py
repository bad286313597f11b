"""The one path for work off the GUI thread: results and failures come back on the
GUI thread, and a manager let go with a result on its way does not crash Qt."""

from __future__ import annotations

import threading

from newsroom.gui.tasks import Operation, TaskManager


def test_work_runs_off_the_gui_thread_and_done_on_it(qtbot, tasks: TaskManager) -> None:
    where: dict[str, str] = {}

    def work() -> int:
        where["work"] = threading.current_thread().name
        return 42

    def done(result: int) -> None:
        where["done"] = threading.current_thread().name
        where["result"] = str(result)

    tasks.run(Operation("answer", work, done))
    assert tasks.busy
    qtbot.waitUntil(lambda: "done" in where, timeout=5000)
    gui = threading.main_thread().name
    assert where == {"work": where["work"], "done": gui, "result": "42"}
    assert where["work"] != gui
    assert not tasks.busy


def test_a_failure_goes_to_its_handler_or_to_the_error_signal(qtbot, tasks: TaskManager) -> None:
    def work() -> None:
        raise OSError("the disk went away")

    handled: list[BaseException] = []
    tasks.run(Operation("read", work, lambda _r: None, handled.append))
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert isinstance(handled[0], OSError)
    with qtbot.waitSignal(tasks.error, timeout=5000) as caught:
        tasks.run(Operation("write", work, lambda _r: None))
    name, exc = caught.args
    assert name == "write" and isinstance(exc, OSError)
    assert not tasks.busy


def test_many_operations_each_report_once(qtbot, tasks: TaskManager) -> None:
    results: list[int] = []
    for n in range(200):
        tasks.run(Operation(f"op {n}", lambda n=n: n * n, results.append))
    qtbot.waitUntil(lambda: len(results) == 200, timeout=10000)
    qtbot.wait(50)
    assert sorted(results) == [n * n for n in range(200)]
    assert not tasks.busy


def test_a_manager_let_go_with_a_result_on_its_way(qtbot) -> None:
    """The window's manager has a parent; one made without (as tests and tools do) can
    lose its last reference while a finished job's result waits in the event queue.
    Delivering it then crashed Qt in QObject::~QObject every time (a relay per job
    held the manager's last reference and deleted it from its own destructor)."""
    for _ in range(5):
        results: list[int] = []
        manager = TaskManager()
        manager.run(Operation("late", lambda: 1, results.append))
        assert manager.wait(5000)  # done, its result not delivered yet
        del manager
        qtbot.wait(100)  # deliveries and deferred deletes run; the process lives
        assert results in ([], [1])
