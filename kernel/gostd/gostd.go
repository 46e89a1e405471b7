// Package gostd completes the generic part of Go's standard library for
// cells run by the yaegi interpreter.
//
// yaegi's extract tool, which makes the symbols of compiled packages
// available to interpreted code, skips generic functions: they have no
// single compiled form to export. yaegi v0.16.1 makes up for it with Go
// 1.22 sources of cmp, maps and slices that it interprets (stdlib/generic),
// but most of their functions fail in yaegi as written ("undefined type
// for E": yaegi cannot infer E from a parameter of type S ~[]E), slices'
// sort.go is left out, and nothing newer than Go 1.22 is there: no package
// iter, no slices.Sorted or maps.Keys.
//
// Sources holds Go 1.26's iter, cmp.Or, slices and maps, adapted to what
// yaegi can run (each file's header lists the changes); compiling them into
// an interpreter after its Use(stdlib.Symbols) adds package iter,
// redeclares cmp.Or and every function of slices and maps, and adds the
// rest of Go 1.26's slices and maps. Go's semantics are
// kept: same results, same panics, same sort algorithms (so even an
// unstable sort orders equal elements as Go's does).
//
// Limits left (yaegi v0.16.1): results are []E or map[K]V, not the
// argument's named type; a call that passes nothing to a variadic
// parameter fails to compile (slices.Insert(s, i), slices.Concat(s),
// cmp.Or(x)); yaegi shares generic instances between functions of the same
// name, so a cell's own generic Keys[K, V] can stand in for maps.Keys;
// iter.Pull runs the sequence in a goroutine, which stays blocked if the
// caller neither finishes the sequence nor calls stop.
package gostd

import _ "embed"

var (
	//go:embed iter.go.txt
	iterSource string
	//go:embed cmp.go.txt
	cmpSource string
	//go:embed slices.go.txt
	slicesSource string
	//go:embed maps.go.txt
	mapsSource string
)

// Sources are the files to compile, in this order, into an interpreter
// after its Use(stdlib.Symbols): package iter first, since the slices and
// maps files import it.
var Sources = []string{iterSource, cmpSource, slicesSource, mapsSource}
