// Package conformance is gokernel's conformance suite: small ordinary Go
// programs (testdata/*.go) whose output under `go run` (testdata/*.out,
// *.err, produced by the test with -update and re-verified against the go
// command on every run) is compared with what the real kernel prints for
// the same program in three forms:
//
//   - whole: the program pasted as one cell (compiled with the go command
//     when the toolchain is there, as a learner's kernel does);
//   - whole-interp: the same, in a kernel without a toolchain
//     (GOKERNEL_GO points nowhere), so the interpreter runs it;
//   - split: a declarations cell (imports, types, funcs but main, consts,
//     vars) then a statements cell (main's body), as a learner types it.
//
// known_failures.txt lists the programs and forms that differ today, with
// how (wrong output with no error, an error, a hang). The test fails on a
// difference that is not listed (a regression) and on a listed one that
// no longer happens (the list must stay true); -update rewrites the
// golden files, the list and RESULTS.md.
//
//	go test ./conformance                  # check (whole and split)
//	go test ./conformance -interp          # check the form without a toolchain too
//	go test ./conformance -update          # regenerate golden files, list, RESULTS.md
//	go test ./conformance -run 'Conformance/split' -only 'generics_' -v
//	go test ./conformance -kernel /path/to/gokernel  # a binary built beforehand
//
// Each program runs in a fresh kernel (a start costs about 0.2 s of CPU,
// the type checker's most), two at a time (-jobs); a cell that does not
// finish within the form's timeout is a hang. A return in main's body
// ends the statements cell, as it ends main.
package conformance
