#!/usr/bin/env bash
# CI: the image, without Docker. Builds the base (image/base.sh, cached by its recipe) and the
# image tarball (./mvnw jib:buildTar), unpacks the image's layers in the order its OCI manifest
# lists them, and runs the image's entrypoint there, as the image's user, with its environment,
# in a private mount and PID namespace (chroot; nothing is left mounted or running after) against
# the embedded database. Passes when /actuator/health says UP and the ShipAPI's OpenAPI document
# is served. Needs root (debootstrap, chroot, unshare), curl and jq.
set -euo pipefail
cd "$(dirname "$0")/.."

image/base.sh >/dev/null
./mvnw -q -B -ntp compile jib:buildTar

check="target/image-check"
root="$check/rootfs"
oci="$check/oci"
# Never delete through a mount (the service's /proc lives only in its own namespace, but be sure).
unmounted() { ! findmnt -rn -o TARGET | grep -qF "$(realpath -m "$check")"; }
unmounted || { echo "FAIL: something is mounted under $check" >&2; exit 1; }
rm -rf "$check"
mkdir -p "$root" "$oci"
tar -xf target/jib-image.tar -C "$oci"
blob() { echo "$oci/blobs/sha256/${1#sha256:}"; }
manifest="$(blob "$(jq -r '.manifests[0].digest' "$oci/index.json")")"
config="$(blob "$(jq -r '.config.digest' "$manifest")")"

# Layers in order; a whiteout (.wh.name, or .wh..wh..opq for a whole directory) removes what a
# lower layer put there before the layer itself is unpacked.
for digest in $(jq -r '.layers[].digest' "$manifest"); do
  layer="$(blob "$digest")"
  while IFS= read -r entry; do
    dir="$(dirname "$entry")" name="$(basename "$entry")"
    if [[ "$name" == ".wh..wh..opq" ]]; then
      find "$root/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    else
      rm -rf "${root:?}/$dir/${name#.wh.}"
    fi
  done < <(tar --warning=no-unknown-keyword -tf "$layer" | grep -E '(^|/)\.wh\.' || true)
  tar -xf "$layer" -C "$root" --numeric-owner --warning=no-unknown-keyword --exclude='.wh.*'
done
echo "image: $(jq '.layers | length' "$manifest") layers unpacked into $root ($(du -sh "$root" | cut -f1))"
# The few device nodes a JVM opens, made here rather than bind-mounting the machine's /dev.
for node in null:1:3 zero:1:5 random:1:8 urandom:1:9; do
  IFS=: read -r name major minor <<<"$node"
  [[ -e "$root/dev/$name" ]] || mknod -m 666 "$root/dev/$name" c "$major" "$minor"
done

# What the image says to run, as whom, where, with which environment.
mapfile -t command < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$config")
mapfile -t environment < <(jq -r '.config.Env // [] | .[]' "$config")
user="$(jq -r '.config.User // "0:0"' "$config")"
workdir="$(jq -r '.config.WorkingDir // "/"' "$config")"
[[ "$user" != "0:0" && "$user" != "root" ]] || { echo "FAIL: the image runs as root" >&2; exit 1; }
[[ "$(jq -r '.config.ExposedPorts | keys[]' "$config")" == "8080/tcp" ]] || { echo "FAIL: the image does not expose 8080" >&2; exit 1; }

# A free port of our own (8080 belongs to the README test).
port="$(comm -23 <(seq 20000 29999) <(ss -Htan | awk '{print $4}' | sed 's/.*://' | sort -u) | shuf -n 1)"
log="$check/service.log"
unshare --mount --pid --fork --kill-child=TERM bash -c '
  root="$1" user="$2" workdir="$3"; shift 3
  mount -t proc proc "$root/proc"
  exec chroot --userspec="$user" "$root" /usr/bin/env -i "$@"
' image "$root" "$user" "$workdir" "${environment[@]}" "SERVER_PORT=$port" \
  /bin/sh -c 'cd "$0" && exec "$@"' "$workdir" "${command[@]}" >"$log" 2>&1 &
service=$!
# unshare ignores TERM while it waits: stop the namespace's first process (the service), and
# with it the namespace and its /proc mount.
stop() {
  local init
  init="$(pgrep -P "$service" || true)"
  [[ -z "$init" ]] || kill -TERM "$init" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
}
trap stop EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  if [[ "$(curl -fsS "$base/actuator/health" 2>/dev/null | jq -r .status 2>/dev/null)" == "UP" ]]; then
    break
  fi
  kill -0 "$service" 2>/dev/null || { tail -n 40 "$log" >&2; echo "FAIL: the image's service exited" >&2; exit 1; }
  sleep 1
done
[[ "$(curl -fsS "$base/actuator/health" | jq -r .status)" == "UP" ]] || { tail -n 40 "$log" >&2; echo "FAIL: /actuator/health is not UP" >&2; exit 1; }
[[ "$(curl -fsS "$base/v3/api-docs/shipapi" | jq -r .openapi)" == 3.* ]] || { tail -n 40 "$log" >&2; echo "FAIL: no ShipAPI document" >&2; exit 1; }
grep -q "Started WharfApplication" "$log"
echo "image: health UP and the ShipAPI document served on port $port (user $user, $workdir)"
stop
trap - EXIT
unmounted && rm -rf "$check"
