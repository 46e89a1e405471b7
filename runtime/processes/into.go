package processes

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// Typed results. Map, Get, Value and Result give results as any, the
// target's result values in an interface: a cell cannot add them up
// (total += r) without a type assertion (total += r.(int)). The Into
// variants store them in a variable of the cell's own type instead:
//
//	var squares []int
//	err := pool.MapInto(square, []int{1, 2, 3}, &squares)
//	total := 0
//	for _, s := range squares {
//		total += s
//	}
//
// (Go generics would type them by themselves, but the interpreter that
// runs cells cannot offer the runtime's generic functions.)

// MapInto is Map storing the results, in input order, in the slice that
// dst points to (a *[]T, with T the target's result type): dst gets a new
// slice of one result per item. As with Map, the error is the first
// failed call's, and the results of the calls that succeeded are still
// stored (a failed call leaves its element the zero value). A dst that is
// not a pointer to a slice fails before anything runs.
//
//	var squares []int
//	if err := pool.MapInto(square, []int{1, 2, 3}, &squares); err != nil { fmt.Println(err) }
//	fmt.Println(squares[0] + squares[1] + squares[2]) // 14
func (p *Pool) MapInto(target any, items any, dst any) error {
	if _, err := sliceDst(dst); err != nil {
		return fmt.Errorf("MapInto: %w", err)
	}
	return p.MapAsync(target, items).GetInto(dst)
}

// GetInto waits and stores the results in dst: for a map, a pointer to a
// slice of the result type (see MapInto); for ApplyAsync, a pointer to a
// variable of the result type. The error is Get's.
//
//	var squares []int
//	err := pool.MapAsync(square, []int{1, 2, 3}).GetInto(&squares)
//
//	var sum int
//	err = pool.ApplyAsync(add, 1, 2).GetInto(&sum)
func (r *AsyncResult) GetInto(dst any) error {
	if r.single {
		v, err := r.Value()
		if err != nil {
			return err
		}
		return storeInto(dst, v)
	}
	s, err := sliceDst(dst)
	if err != nil {
		return fmt.Errorf("GetInto: %w", err)
	}
	vals, err := r.Get()
	if vals == nil && err != nil {
		return err // nothing ran
	}
	out := reflect.MakeSlice(s.Type(), len(vals), len(vals))
	for i, v := range vals {
		if serr := assign(out.Index(i), v); serr != nil {
			return fmt.Errorf("result %d: %w", i, serr)
		}
	}
	s.Set(out)
	return err
}

// ValueInto stores the result Next moved to in dst, a pointer to a
// variable of the target's result type.
//
//	var sq int
//	for it.Next() {
//		it.ValueInto(&sq)
//		total += sq
//	}
func (it *Iterator) ValueInto(dst any) error { return storeInto(dst, it.value) }

// ResultInto stores what the function returned in dst, a pointer to a
// variable of its result type, once the process has ended; the error is
// Err's (and reads it).
//
//	p, _ := processes.Start(square, 7)
//	p.Join()
//	var sq int
//	if err := p.ResultInto(&sq); err == nil { fmt.Println(sq + 1) } // 50
func (p *Process) ResultInto(dst any) error {
	if err := p.Err(); err != nil {
		return err
	}
	select {
	case <-p.done:
	default:
		return fmt.Errorf("ResultInto: the process has not ended (call Join first)")
	}
	return storeInto(dst, p.Result())
}

// sliceDst checks that dst is a non-nil pointer to a slice.
func sliceDst(dst any) (reflect.Value, error) {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Slice {
		return reflect.Value{}, fmt.Errorf("dst must point to a slice of the results' type, like &squares after var squares []int; got %s", describe(dst))
	}
	return v.Elem(), nil
}

// storeInto stores v in what dst points to.
func storeInto(dst any, v any) error {
	d := reflect.ValueOf(dst)
	if d.Kind() != reflect.Pointer || d.IsNil() {
		return fmt.Errorf("dst must point to a variable of the result's type, like &sum after var sum int; got %s", describe(dst))
	}
	return assign(d.Elem(), v)
}

// assign stores v in dst: as it is when its type fits, else converted
// through JSON (a result of an unknown type decoded as float64 into an
// int, a map into a struct), which fails for what does not fit (3.5 into
// an int).
func assign(dst reflect.Value, v any) error {
	if v == nil {
		dst.SetZero()
		return nil
	}
	rv := reflect.ValueOf(v)
	if rv.Type().AssignableTo(dst.Type()) {
		dst.Set(rv)
		return nil
	}
	b, err := json.Marshal(v)
	if err == nil {
		p := reflect.New(dst.Type())
		if err = json.Unmarshal(b, p.Interface()); err == nil {
			dst.Set(p.Elem())
			return nil
		}
	}
	return fmt.Errorf("cannot store %s in a %s: %v", describe(v), dst.Type(), err)
}
