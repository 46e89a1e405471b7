package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	Balance int
}

func NewAccount(owner string, initial int) *Account {
	return &Account{Owner: owner, Balance: initial}
}

func (a Account) Describe() string {
	return fmt.Sprintf("%s has %d", a.Owner, a.Balance)
}

func (a *Account) Deposit(n int) {
	a.Balance += n
}

func (a Account) DepositCopy(n int) Account {
	a.Balance += n
	return a
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return errors.New("insufficient funds")
	}
	a.Balance -= n
	return nil
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

func resetByValue(a Account)    { a.Balance = 0 }
func resetByPointer(a *Account) { a.Balance = 0 }

func main() {
	// Step 1: struct literal with field names
	acc := Account{Owner: "ana", Balance: 100}
	fmt.Printf("step 1: %+v\n", acc)

	// Step 2: value receiver method
	fmt.Println("step 2:", acc.Describe())

	// Step 3: pointer receiver called on an addressable value
	acc.Deposit(50)
	fmt.Println("step 3:", acc.Balance)

	// Step 4: value receiver works on a copy
	other := acc.DepositCopy(1000)
	fmt.Println("step 4:", acc.Balance, other.Balance)

	// Step 5: assignment copies the struct
	copyAcc := acc
	copyAcc.Owner = "bea"
	fmt.Println("step 5:", acc.Owner, copyAcc.Owner)

	// Step 6: pointers share
	ptr := &acc
	ptr.Owner = "ana maria"
	fmt.Println("step 6:", acc.Owner)

	// Step 7: passing by value vs by pointer
	resetByValue(acc)
	fmt.Println("step 7: after resetByValue", acc.Balance)
	resetByPointer(&acc)
	fmt.Println("step 8: after resetByPointer", acc.Balance)

	// Step 9: constructor returning a pointer
	b := NewAccount("carl", 30)
	fmt.Println("step 9:", b.Describe())

	// Step 10: method returning an error
	if err := b.Withdraw(100); err != nil {
		fmt.Println("step 10: error:", err)
	}
	err := b.Withdraw(20)
	fmt.Println("step 11:", err, b.Balance)

	// Step 12: printing a pointer to a struct
	fmt.Printf("step 12: %v %+v\n", b, b)

	// Step 13: a slice of structs, range gives copies
	rects := []Rect{{1, 2}, {3, 4}}
	for _, r := range rects {
		r.Scale(10)
	}
	fmt.Println("step 13:", rects)

	// Step 14: index to modify in place
	for i := range rects {
		rects[i].Scale(10)
	}
	fmt.Println("step 14:", rects)

	// Step 15: a slice of pointers
	ptrs := []*Rect{{1, 1}, {2, 2}}
	for _, p := range ptrs {
		p.Scale(3)
	}
	fmt.Println("step 15:", *ptrs[0], *ptrs[1], ptrs[1].Area())

	// Step 16: anonymous struct
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("step 16: %s:%d\n", cfg.Host, cfg.Port)

	// Step 17: struct comparison
	r1 := Rect{2, 3}
	r2 := Rect{W: 2, H: 3}
	fmt.Println("step 17:", r1 == r2, r1 == Rect{3, 2})

	// Step 18: nil pointer check
	var missing *Account
	fmt.Println("step 18:", missing == nil)

	// Step 19: %T of value and pointer
	fmt.Printf("step 19: %T %T\n", acc, ptr)
}
