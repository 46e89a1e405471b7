package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{ Op string }

func (e *Timeout) Error() string   { return e.Op + ": timeout" }
func (e *Timeout) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func lookup(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return NotFound{Key: "alpha"}
	case 2:
		return &Timeout{Op: "dial"}
	case 3:
		_, err := strconv.Atoi("12x")
		return err
	case 4:
		return &fs.PathError{Op: "open", Path: "/nope", Err: fs.ErrNotExist}
	default:
		return errors.New("plain failure")
	}
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case NotFound:
		return "missing key " + strconv.Quote(e.Key)
	case *strconv.NumError:
		return fmt.Sprintf("bad number %q in %s", e.Num, e.Func)
	case *fs.PathError:
		return "path error on " + e.Path
	case temporary:
		return fmt.Sprintf("temporary=%v (%T)", e.Temporary(), e)
	default:
		return "other: " + e.Error()
	}
}

func main() {
	for i := range 6 {
		err := lookup(i)
		fmt.Printf("%d: %-32s | %v\n", i, classify(err), err)
	}

	// comma-ok assertions
	err := lookup(1)
	if nf, ok := err.(NotFound); ok {
		fmt.Println("asserted NotFound with key", nf.Key)
	}
	if _, ok := err.(*Timeout); !ok {
		fmt.Println("not a *Timeout")
	}

	// assertion to an interface type
	err = lookup(2)
	if t, ok := err.(temporary); ok {
		fmt.Println("temporary?", t.Temporary())
	}

	// a value type vs pointer type mismatch
	var e error = &NotFound{Key: "beta"}
	_, okVal := e.(NotFound)
	_, okPtr := e.(*NotFound)
	fmt.Println("value assert:", okVal, "pointer assert:", okPtr)
	fmt.Println("pointer still an error:", e)

	// switch with multiple types in one case keeps the interface type
	for _, x := range []error{NotFound{"k"}, &Timeout{"read"}, nil} {
		switch v := x.(type) {
		case NotFound, *Timeout:
			fmt.Printf("known %T: %v\n", v, v)
		default:
			fmt.Printf("unknown %v\n", v)
		}
	}
}
