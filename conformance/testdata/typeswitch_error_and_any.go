package main

import (
	"errors"
	"fmt"
	"strconv"
)

type TempErr struct{ Retry int }

func (t TempErr) Error() string { return "temporary, retry in " + strconv.Itoa(t.Retry) }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case TempErr:
		return fmt.Sprintf("temp(%d)", e.Retry)
	case *strconv.NumError:
		return "number: " + e.Func + " " + e.Num
	case interface{ Unwrap() error }:
		return "wrapped -> " + classify(e.Unwrap())
	default:
		return "other: " + e.Error()
	}
}

func describe(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprint("slice sum ", x[0]+x[len(x)-1])
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func() int:
		return "func returning " + strconv.Itoa(x())
	}
	return fmt.Sprintf("unknown %T", v)
}

func main() {
	_, perr := strconv.Atoi("12a")
	errs := []error{nil, TempErr{3}, perr, fmt.Errorf("ctx: %w", TempErr{1}), errors.New("boom")}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
	vals := []any{7, int64(8), "héllo", []int{1, 2, 3}, TempErr{2}, func() int { return 9 }, 3.5, nil}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
