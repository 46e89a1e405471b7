// Package jupytertest holds the end-to-end tests and benchmarks of
// gokernel: the real binary, installed as a kernelspec, driven by the real
// Jupyter clients (jupyter_client, nbclient, jupyter console) and compared
// with ipykernel. It has no API; everything is in its _test.go files:
//
//	go test ./kernel/jupytertest                      # the tests
//	go test ./kernel/jupytertest -run TestBenchRatios -v  # gokernel/ipykernel ratios
//	go test ./kernel/jupytertest -run '^$' -bench .   # the benchmarks
//
// Tests skip, saying what to install, when a Python package is missing.
// While the binary does not build they skip too, unless
// GOKERNEL_REQUIRE_BINARY=1 (set by .ci/run) makes that a failure.
package jupytertest
