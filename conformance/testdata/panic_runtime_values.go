package main

import (
	"fmt"
	"runtime"
)

func catch(f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isErr, isRuntime, err)
	}()
	f()
}

func main() {
	catch(func() {
		s := []int{1}
		i := 3
		_ = s[i]
	})
	catch(func() {
		var p *struct{ X int }
		_ = p.X
	})
	catch(func() {
		a, b := 1, 0
		_ = a / b
	})
	catch(func() {
		var x any = "str"
		_ = x.(int)
	})
	catch(func() {
		s := make([]int, 2)
		j := 5
		_ = s[1:j]
	})
	catch(func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
}
