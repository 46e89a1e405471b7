package main

import (
	"errors"
	"fmt"
	"os"
)

func open(name string) error {
	_, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	return nil
}

func main() {
	err := fmt.Errorf("startup: %w", open("/nonexistent/file.conf"))
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T\n", e)
	}
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
}
