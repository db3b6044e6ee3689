#!/usr/bin/env bash
# Packaging check of wagtail-council: build the sdist and the wheel, check their
# metadata and contents, install the wheel into a fresh venv and run a smoke
# test of a minimal Wagtail site against the INSTALLED copy.
#
#     bash .ci/package-check.sh        (from the repository root)
#
# Needs only python3 (3.11+) and access to PyPI. Everything it creates lives in
# a throwaway directory that is removed on exit; the repository tree is left as
# it was. Set KEEP_TMP=1 to keep that directory for debugging.
#
# PACKAGE_CHECK_EXTRA_REQUIREMENTS adds requirement specifiers to the install
# of the wheel, to smoke-test other supported versions than the newest, e.g.
#     PACKAGE_CHECK_EXTRA_REQUIREMENTS="wagtail==7.4.* Django==5.2.*" bash .ci/package-check.sh
set -euo pipefail

START_SECONDS=$SECONDS
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
PIP_FLAGS=(--quiet --disable-pip-version-check --no-input)

TMP="$(mktemp -d "${TMPDIR:-/tmp}/wagtail-council-package-check.XXXXXX")"
cleanup() {
    if [[ "${KEEP_TMP:-0}" == "1" ]]; then
        echo "Kept $TMP"
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT

# Hides one harmless pip warning about configured local package indexes that
# do not exist on every machine; everything else pip says is shown.
quiet_pip() {
    "$@" 2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2)
}
section() { printf '\n=== %s\n' "$*"; }
fail() { printf '\nPACKAGE CHECK FAILED: %s\n' "$*" >&2; exit 1; }

cd "$REPO_ROOT"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "$PYTHON is older than Python 3.11"

# --- 1. Build -----------------------------------------------------------------
# Build from a clean copy of the files a clone would have (tracked files plus
# new, not ignored ones). This keeps build/ and *.egg-info out of the work
# tree, and a stale wagtail_council.egg-info/SOURCES.txt in the work tree
# cannot add files to the sdist that MANIFEST.in would not.
section "Copy the source tree"
SRC="$TMP/src"
mkdir -p "$SRC"
if command -v git >/dev/null 2>&1 && git -C "$REPO_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$REPO_ROOT" ls-files -z --cached --others --exclude-standard \
        | "$PYTHON" -c '
import shutil, sys
from pathlib import Path
repo, dest = Path(sys.argv[1]), Path(sys.argv[2])
count = 0
for name in sys.stdin.buffer.read().decode().split("\0"):
    source = repo / name
    if name and source.is_file():  # skip files deleted but not yet committed
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest / name)
        count += 1
print(f"copied {count} files from git ls-files to {dest}")
' "$REPO_ROOT" "$SRC"
else
    echo "Not a git work tree: building from a copy without build/, dist/, *.egg-info and venvs"
    tar -C "$REPO_ROOT" \
        --exclude=./.git --exclude='./.venv*' --exclude=./build --exclude=./dist \
        --exclude='*.egg-info' --exclude=__pycache__ --exclude='*.py[cod]' \
        -cf - . | tar -C "$SRC" -xf -
fi

section "Build venv: build, twine"
"$PYTHON" -m venv "$TMP/build-venv"
BUILD_PY="$TMP/build-venv/bin/python"
quiet_pip "$BUILD_PY" -m pip install "${PIP_FLAGS[@]}" build twine
"$BUILD_PY" -m pip list --disable-pip-version-check 2>/dev/null | grep -Ei '^(build|twine) '

section "Build sdist and wheel"
(cd "$SRC" && "$BUILD_PY" -m build --sdist --wheel --outdir "$TMP/dist" .) > "$TMP/build.log" 2>&1 || {
    cat "$TMP/build.log" >&2
    fail "python -m build failed (log above)"
}
# Setuptools repeats its warnings once per build step: show each one once.
grep -Ei 'warning|error' "$TMP/build.log" | grep -v 'warning: no previously-included files' \
    | awk '!seen[$0]++' || true
tail -n 1 "$TMP/build.log"
shopt -s nullglob
WHEELS=("$TMP"/dist/*.whl)
SDISTS=("$TMP"/dist/*.tar.gz)
shopt -u nullglob
[[ ${#WHEELS[@]} -eq 1 ]] || fail "expected exactly one wheel in $TMP/dist, found ${#WHEELS[@]}"
[[ ${#SDISTS[@]} -eq 1 ]] || fail "expected exactly one sdist in $TMP/dist, found ${#SDISTS[@]}"
WHEEL="${WHEELS[0]}"
SDIST="${SDISTS[0]}"
ls -l "$TMP/dist"

# --- 2. Metadata ----------------------------------------------------------------
section "twine check --strict"
"$TMP/build-venv/bin/twine" check --strict "$WHEEL" "$SDIST" \
    || fail "twine check --strict failed on the built artefacts (output above)"

# --- 3. Contents ----------------------------------------------------------------
section "Inspect the wheel and the sdist"
# The expected files are listed from the copy that was built ($SRC), so files
# that change in the work tree during the run cannot confuse the comparison.
"$BUILD_PY" - "$SRC" "$WHEEL" "$SDIST" <<'PY' || fail "the built artefacts do not contain what they must (see above)"
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

# repo: the copy of the source tree that was built.
repo, wheel_path, sdist_path = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
problems = []


def report(ok, message):
    print(f"  [{'ok' if ok else 'FAIL'}] {message}")
    if not ok:
        problems.append(message)


with zipfile.ZipFile(wheel_path) as wheel:
    wheel_files = {name for name in wheel.namelist() if not name.endswith("/")}
with tarfile.open(sdist_path) as sdist:
    members = [m for m in sdist.getmembers() if m.isfile()]
# sdist members live under "<name>-<version>/"; strip that first component.
sdist_files = {str(PurePosixPath(*PurePosixPath(m.name).parts[1:])) for m in members}

print(f"wheel: {wheel_path.name} ({len(wheel_files)} files)")
report(wheel_path.name.endswith("-py3-none-any.whl"), "wheel is pure Python (py3-none-any)")

required = [
    "wagtail_council/__init__.py",
    "wagtail_council/templates/wagtail_council/base.html",
    "wagtail_council/migrations/__init__.py",
    "wagtail_council/migrations/0001_initial.py",
    "wagtail_council/templatetags/council_tags.py",
]
# Every migration, template, static file and compiled translation of the
# source tree must be shipped: anything missing here breaks installed sites.
for pattern in (
    "wagtail_council/migrations/[0-9]*.py",
    "wagtail_council/templates/**/*",
    "wagtail_council/static/**/*",
    "wagtail_council/locale/*/LC_MESSAGES/django.mo",
):
    for path in sorted(repo.glob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            name = path.relative_to(repo).as_posix()
            if name not in required:
                required.append(name)

for name in required:
    report(name in wheel_files, f"wheel contains {name}")

static = sorted(n for n in wheel_files if n.startswith("wagtail_council/static/wagtail_council/"))
report(bool(static), f"wheel contains files under wagtail_council/static/wagtail_council/ ({len(static)})")

mo_files = sorted(repo.glob("wagtail_council/locale/*/LC_MESSAGES/django.mo"))
print(f"  [info] compiled translations in the source tree: {len(mo_files)}"
      + ("" if mo_files else " (none yet; the check will cover them once they exist)"))

forbidden_prefixes = ("tests/", "example_site/", ".ci/", ".venv", "build/", "dist/")
bad = sorted(
    n for n in wheel_files
    if n.startswith(forbidden_prefixes) or "__pycache__" in n.split("/") or n.endswith((".pyc", ".pyo"))
)
report(not bad, "wheel has no tests/, example_site/, .ci/, __pycache__ or .pyc files"
       + (": " + ", ".join(bad[:20]) if bad else ""))
top_level = sorted({n.split("/")[0] for n in wheel_files if ".dist-info/" not in n})
report(top_level == ["wagtail_council"], f"wheel's only top-level package is wagtail_council (found {top_level})")

print(f"sdist: {sdist_path.name} ({len(sdist_files)} files)")
sdist_required = ["PKG-INFO", "setup.cfg", "pyproject.toml", "MANIFEST.in", "LICENSE", "README.md"]
if (repo / "CHANGELOG.md").is_file():
    sdist_required.append("CHANGELOG.md")
for name in sdist_required:
    report(name in sdist_files, f"sdist contains {name}")
# A wheel built from the sdist (as pip does) must be the same wheel.
package_files = sorted(n for n in wheel_files if n.startswith("wagtail_council/"))
not_in_sdist = [n for n in package_files if n not in sdist_files]
report(not not_in_sdist, f"sdist contains all {len(package_files)} package files of the wheel"
       + (": missing " + ", ".join(not_in_sdist[:20]) if not_in_sdist else ""))
bad = sorted(
    n for n in sdist_files
    if n.startswith(forbidden_prefixes) or "__pycache__" in n.split("/") or n.endswith((".pyc", ".pyo", ".sqlite3"))
)
report(not bad, "sdist has no tests/, example_site/, .ci/, __pycache__, .pyc or database files"
       + (": " + ", ".join(bad[:20]) if bad else ""))

if problems:
    print(f"\n{len(problems)} problem(s) in the built artefacts:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    sys.exit(1)
print("artefact contents OK")
PY

# --- 4. Install the wheel into a fresh venv and smoke-test it ------------------
section "Fresh venv: pip install $(basename "$WHEEL")"
"$PYTHON" -m venv "$TMP/smoke-venv"
SMOKE_PY="$TMP/smoke-venv/bin/python"
read -r -a EXTRA_REQUIREMENTS <<< "${PACKAGE_CHECK_EXTRA_REQUIREMENTS:-}"
if [[ ${#EXTRA_REQUIREMENTS[@]} -gt 0 ]]; then
    echo "with extra requirements: ${EXTRA_REQUIREMENTS[*]}"
fi
quiet_pip "$SMOKE_PY" -m pip install "${PIP_FLAGS[@]}" "$WHEEL" ${EXTRA_REQUIREMENTS[@]+"${EXTRA_REQUIREMENTS[@]}"} \
    || fail "pip install of the wheel into a fresh venv failed"
"$SMOKE_PY" -m pip list --disable-pip-version-check 2>/dev/null \
    | grep -Ei '^(django|wagtail|wagtail-localize|wagtail-council|django-modelcluster|pillow|willow) ' || true
"$SMOKE_PY" -m pip check --disable-pip-version-check || fail "pip check found broken requirements"

section "Smoke test of the installed package"
# The working directory and sys.path hold only the smoke project, never the
# repository root, so the source tree cannot shadow the installed package.
RUN_DIR="$TMP/smoke-run"
mkdir -p "$RUN_DIR"
cp "$REPO_ROOT"/.ci/smoke/smoke_settings.py "$REPO_ROOT"/.ci/smoke/smoke_urls.py \
    "$REPO_ROOT"/.ci/smoke/smoke_test.py "$RUN_DIR"/
cd "$RUN_DIR"
export DJANGO_SETTINGS_MODULE=smoke_settings SMOKE_DIR="$RUN_DIR" \
    WAGTAIL_COUNCIL_REPO_ROOT="$REPO_ROOT" PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP PYTHONUSERBASE
INSTALLED="$("$SMOKE_PY" -c 'import os, wagtail_council; print(os.path.realpath(wagtail_council.__file__))')" \
    || fail "the installed wagtail_council cannot be imported"
echo "wagtail_council imported from: $INSTALLED"
case "$INSTALLED" in
    "$(realpath "$REPO_ROOT")"/*) fail "wagtail_council is imported from the source tree, not from the wheel" ;;
esac
"$SMOKE_PY" smoke_test.py || fail "the smoke test of the installed wheel failed (output above)"
cd "$REPO_ROOT"

section "Package check passed in $((SECONDS - START_SECONDS))s"
