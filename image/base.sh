#!/usr/bin/env bash
# Builds the image's base without Docker and without a container registry: a minimal Debian
# bookworm root (debootstrap, minbase) with the headless Java 17 runtime, CA certificates and
# time zones, packed as a `docker save` tarball that Jib takes as its base image (`tar://`).
#
# Output: $WHARF_BASE_CACHE/wharf-base-<key>.tar (default ~/.cache/wharf-image), where <key> is a
# digest of the recipe below (build_rootfs, pack) and of its inputs (mirror, suite, packages): a
# rerun with the same recipe and inputs only prints the path. $WHARF_BASE_CACHE/wharf-base.tar is
# a hard link to the latest one: pom.xml's Jib base (wharf.image.base).
# Usage: image/base.sh            -> prints the tarball's path on its last line
#        WHARF_DEBIAN_MIRROR=http://... image/base.sh   (default: the machine's apt mirror)
# Needs root (debootstrap and chroot do), debootstrap, sha256sum, GNU tar.
set -euo pipefail

mirror="${WHARF_DEBIAN_MIRROR:-}"
if [[ -z "$mirror" ]]; then
  # deb822 sources (URIs:) or one-line sources (deb URL suite ...): the first non-security one.
  mirror="$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | sed -n -E 's/^URIs:[[:space:]]*([^[:space:]]+).*/\1/p; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' \
    | grep -v -- '-security' | head -n 1 || true)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"
suite=bookworm
packages=openjdk-17-jre-headless,ca-certificates,tzdata

# The root file system: Debian minbase + the packages, the service's user, nothing else.
build_rootfs() {
  local root="$1" log="$2"
  debootstrap --variant=minbase --include="$packages" "$suite" "$root" "$mirror" >"$log" 2>&1 \
    || { tail -n 30 "$log" >&2; return 1; }
  # The service's user (uid/gid 10001, no login shell) owns the working directory, where the
  # embedded database lives when no PostgreSQL is configured.
  chroot "$root" /usr/sbin/groupadd --system --gid 10001 wharf
  chroot "$root" /usr/sbin/useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/wharf \
    --no-create-home --shell /usr/sbin/nologin wharf 2>/dev/null
  install -d -o 10001 -g 10001 -m 0750 "$root/var/lib/wharf"
  # Nothing the service needs at run time: package caches and lists, logs, docs, man pages, locales.
  rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* \
    "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/tmp/*
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} +
  rm -f "$root/etc/hostname" "$root/etc/resolv.conf"
  install -d -m 1777 "$root/tmp"
}

# One layer, reproducible (sorted names, fixed times, owners by number), with its config and a
# docker-save manifest.json: the layout Jib reads from a tar:// base.
pack() {
  local root="$1" dir="$2" out="$3" tag="$4"
  tar --sort=name --mtime='2000-01-01 00:00:00Z' --numeric-owner --xattrs --one-file-system \
    -C "$root" -cf "$dir/layer.tar" .
  local diff_id java_home
  diff_id="sha256:$(sha256sum "$dir/layer.tar" | cut -d' ' -f1)"
  java_home="$(readlink -f "$root/usr/bin/java")"
  java_home="${java_home#"$root"}"
  java_home="${java_home%/bin/java}"
  cat >"$dir/config.json" <<JSON
{"architecture":"$(dpkg --print-architecture)","os":"linux","created":"2000-01-01T00:00:00Z",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],
           "User":"10001:10001","WorkingDir":"/var/lib/wharf"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"2000-01-01T00:00:00Z","created_by":"image/base.sh: debootstrap --variant=minbase $suite ($packages)"}]}
JSON
  echo '[{"Config":"config.json","RepoTags":["'"$tag"'"],"Layers":["layer.tar"]}]' >"$dir/manifest.json"
  tar --sort=name --mtime='2000-01-01 00:00:00Z' --numeric-owner -C "$dir" -cf "$out" manifest.json config.json layer.tar
}

cache="${WHARF_BASE_CACHE:-$HOME/.cache/wharf-image}"
key="$( (declare -f build_rootfs pack; echo "$mirror $suite $packages") | sha256sum | cut -c1-16)"
out="$cache/wharf-base-$key.tar"
current="$cache/wharf-base.tar"
if [[ -s "$out" ]]; then
  ln -f "$out" "$current"
  echo "base image cached: $out" >&2
  echo "$out"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || { echo "debootstrap and chroot need root" >&2; exit 1; }

mkdir -p "$cache"
work="$(mktemp -d "$cache/build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "debootstrap $suite from $mirror (packages: $packages)" >&2
build_rootfs "$work/rootfs" "$work/debootstrap.log"
mkdir -p "$work/pack"
pack "$work/rootfs" "$work/pack" "$work/base.tar" "wharf-base:$key"
mv "$work/base.tar" "$out"
ln -f "$out" "$current"
# Older bases (other recipes or inputs) are no longer what the build uses.
find "$cache" -maxdepth 1 -name 'wharf-base-*.tar' ! -name "wharf-base-$key.tar" -delete
echo "base image built: $out ($(du -h "$out" | cut -f1))" >&2
echo "$out"
