package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrConfig = errors.New("config invalid")

func readConfig(name string) error {
	_, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("read config %q: %w", name, err)
	}
	return nil
}

func start() error {
	if err := readConfig("/nonexistent/app.conf"); err != nil {
		return fmt.Errorf("start: %w (%w)", err, ErrConfig)
	}
	return nil
}

func main() {
	err := start()
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, ErrConfig), errors.Is(err, fs.ErrPermission))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	inner := errors.Unwrap(fmt.Errorf("outer: %w", ErrConfig))
	fmt.Println(inner == ErrConfig, errors.Unwrap(err) == nil)
}
