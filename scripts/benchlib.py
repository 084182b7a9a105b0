"""What the bench scripts share: measuring a command, and a workspace to harvest into."""
import os, re, shutil, subprocess, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measured(command, **options):
    """Runs a command; its wall and CPU time and peak resident memory, of that process alone (wait4)."""
    start = time.monotonic()
    out_file = tempfile.TemporaryFile(mode="w+")
    err_file = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(command, stdout=out_file, stderr=err_file, text=True, **options)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    out_file.seek(0)
    err_file.seek(0)
    return {
        "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
        "out": out_file.read(), "err": err_file.read(), "status": os.waitstatus_to_exitcode(status),
    }


def workspace(directory):
    """A workspace with the repository's ledger and source definitions, no pause between requests."""
    shutil.copytree(os.path.join(root, "Commitments"), os.path.join(directory, "Commitments"))
    os.mkdir(os.path.join(directory, "Scrapers"))
    for name in os.listdir(os.path.join(root, "Scrapers")):
        if name.endswith(".yaml"):
            text = open(os.path.join(root, "Scrapers", name)).read()
            open(os.path.join(directory, "Scrapers", name), "w").write(re.sub(r"pause: [0-9.]+", "pause: 0", text))
