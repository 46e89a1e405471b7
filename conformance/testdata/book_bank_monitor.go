// Section 9.1 and Exercise 9.1: a bank whose balance is confined to a monitor goroutine.
package main

import (
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

var (
	deposits    = make(chan int)
	balances    = make(chan int)
	withdrawals = make(chan withdrawal)
)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }

func Withdraw(amount int) bool {
	ok := make(chan bool)
	withdrawals <- withdrawal{amount, ok}
	return <-ok
}

func teller() {
	var balance int // confined to teller goroutine
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case w := <-withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case balances <- balance:
		}
	}
}

func main() {
	go teller()

	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("after deposits:", Balance())

	var mu sync.Mutex
	succeeded, failed := 0, 0
	for range 60 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := Withdraw(100)
			mu.Lock()
			if ok {
				succeeded++
			} else {
				failed++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("withdrawals ok:", succeeded, "refused:", failed)
	fmt.Println("final balance:", Balance())

	fmt.Println(Withdraw(51), Withdraw(50), Balance())
	Deposit(25)
	fmt.Println(Withdraw(25), Balance())
}
