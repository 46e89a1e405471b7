package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type TempErr struct{ retry int }

func (e *TempErr) Error() string { return fmt.Sprintf("temporary, retry in %d", e.retry) }

func main() {
	err := fmt.Errorf("op: %w", &TempErr{3})
	if te, ok := errors.AsType[*TempErr](err); ok {
		fmt.Println("retry", te.retry)
	}
	_, err = os.Stat("/no/such/path")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path)
	}
}
