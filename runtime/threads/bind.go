package threads

import (
	"fmt"
	"reflect"
	"strings"
)

// bind checks args against fn's parameters and converts them to the
// parameter types, so that a thread never starts with a dropped or
// mistyped argument.
func bind(fn any, args []any) (reflect.Value, []reflect.Value, error) {
	if fn == nil {
		return reflect.Value{}, nil, fmt.Errorf("threads: the function to run is nil")
	}
	f := reflect.ValueOf(fn)
	ft := f.Type()
	if ft.Kind() != reflect.Func {
		return reflect.Value{}, nil, fmt.Errorf("threads: the first argument must be the function to run, got %s %v", ft, fn)
	}
	if f.IsNil() {
		return reflect.Value{}, nil, fmt.Errorf("threads: the function to run is a nil %s", ft)
	}
	n := ft.NumIn()
	fixed := n
	if ft.IsVariadic() {
		fixed = n - 1
	}
	if len(args) < fixed || (!ft.IsVariadic() && len(args) > n) {
		want := fmt.Sprintf("%d", n)
		if ft.IsVariadic() {
			want = fmt.Sprintf("at least %d", fixed)
		}
		return reflect.Value{}, nil, fmt.Errorf("threads: the function %s takes %s argument%s, got %d%s",
			ft, want, plural(n), len(args), listArgs(args))
	}
	vals := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		if i < fixed {
			pt = ft.In(i)
		} else {
			pt = ft.In(n - 1).Elem()
		}
		v, err := fit(a, pt)
		if err != nil {
			return reflect.Value{}, nil, fmt.Errorf("threads: argument %d of %s: %v", i+1, ft, err)
		}
		vals[i] = v
	}
	return f, vals, nil
}

// fit converts a to type t: assignable values as they are, numbers when
// the conversion keeps the value exactly.
func fit(a any, t reflect.Type) (reflect.Value, error) {
	if a == nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface, reflect.Func, reflect.Chan:
			return reflect.Zero(t), nil
		}
		return reflect.Value{}, fmt.Errorf("nil does not fit parameter type %s", t)
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(t) {
		return v.Convert(t), nil
	}
	if numeric(v.Kind()) && numeric(t.Kind()) && !(isFloat(v.Kind()) && !isFloat(t.Kind())) {
		c := v.Convert(t)
		signFlip := (signed(v.Kind()) && v.Int() < 0 && unsigned(t.Kind())) ||
			(unsigned(v.Kind()) && signed(t.Kind()) && c.Int() < 0)
		if !signFlip && c.Convert(v.Type()).Equal(v) {
			return c, nil
		}
		return reflect.Value{}, fmt.Errorf("%v (%s) does not fit parameter type %s", a, v.Type(), t)
	}
	return reflect.Value{}, fmt.Errorf("got %s %#v, the parameter is %s", v.Type(), a, t)
}

func numeric(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Float64
}

func signed(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Int64 }

func unsigned(k reflect.Kind) bool { return k >= reflect.Uint && k <= reflect.Uintptr }

func isFloat(k reflect.Kind) bool { return k == reflect.Float32 || k == reflect.Float64 }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func listArgs(args []any) string {
	if len(args) == 0 {
		return ""
	}
	s := make([]string, len(args))
	for i, a := range args {
		s[i] = fmt.Sprintf("%#v", a)
	}
	return " (" + strings.Join(s, ", ") + ")"
}
