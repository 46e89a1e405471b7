package main

import (
	"errors"
	"fmt"
)

func double(n int) (r int) {
	defer func() { r *= 2 }()
	return n + 1
}

func withCleanup() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func main() {
	fmt.Println(double(4))
	fmt.Println(withCleanup())
}
