package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

var (
	ErrNotFound = errors.New("not found")
	ErrTimeout  = errors.New("timeout")
)

type CodeError struct {
	Code int
}

func (e *CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	joined := errors.Join(ErrNotFound, nil, &CodeError{404})
	fmt.Printf("joined: %q\n", joined.Error())
	fmt.Println("is notfound:", errors.Is(joined, ErrNotFound), "is timeout:", errors.Is(joined, ErrTimeout))
	var ce *CodeError
	fmt.Println("as code:", errors.As(joined, &ce), ce.Code)
	fmt.Println("join nils:", errors.Join(nil, nil) == nil)

	wrapped := fmt.Errorf("request failed: %w; also %w", ErrTimeout, &CodeError{503})
	fmt.Println(wrapped)
	fmt.Println("is timeout:", errors.Is(wrapped, ErrTimeout))
	if errors.As(wrapped, &ce) {
		fmt.Println("found code:", ce.Code)
	}
	fmt.Println("Unwrap single:", errors.Unwrap(wrapped) == nil)
	if u, ok := wrapped.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Printf("  child %d: %v\n", i, e)
		}
	}

	deep := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", errors.Join(io.EOF, fs.ErrPermission)))
	fmt.Println(deep)
	fmt.Println("deep is EOF:", errors.Is(deep, io.EOF), "perm:", errors.Is(deep, fs.ErrPermission), "exist:", errors.Is(deep, fs.ErrExist))
	fmt.Println("unwrap chain:", errors.Unwrap(deep))

	var errs []error
	for i := range 3 {
		if i%2 == 0 {
			errs = append(errs, fmt.Errorf("step %d: %w", i, ErrNotFound))
		}
	}
	all := errors.Join(errs...)
	fmt.Printf("%v\n", all)
	fmt.Println("all is notfound:", errors.Is(all, ErrNotFound))

	noWrap := fmt.Errorf("plain %v", ErrTimeout)
	fmt.Println("v does not wrap:", errors.Is(noWrap, ErrTimeout))
	target := &CodeError{}
	fmt.Println("AsType-like:", errors.As(fmt.Errorf("x: %w", &CodeError{7}), &target), target.Code)
}
