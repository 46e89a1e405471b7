package main

import (
	"errors"
	"fmt"
)

type Vault struct {
	name   string
	cash   int
	log    []string
	opened int
}

func (v *Vault) open() {
	v.opened++
	v.log = append(v.log, "open")
}

func (v *Vault) close() {
	v.log = append(v.log, "close")
}

func (v *Vault) take(amount int) {
	if amount <= 0 {
		panic(fmt.Sprintf("invalid amount %d", amount))
	}
	if amount > v.cash {
		panic(errors.New("vault would go negative"))
	}
	v.cash -= amount
	v.log = append(v.log, fmt.Sprintf("take %d", amount))
}

// SafeWithdraw converts any panic inside take into an ordinary error,
// and always closes the vault again.
func (v *Vault) SafeWithdraw(amount int) (err error) {
	v.open()
	defer v.close()
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = fmt.Errorf("withdraw %d: %w", amount, x)
			case string:
				err = fmt.Errorf("withdraw %d: %s", amount, x)
			default:
				err = fmt.Errorf("withdraw %d: unexpected %v", amount, x)
			}
		}
	}()
	v.take(amount)
	return nil
}

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred step", i)
	}
	fmt.Println("  counting done")
}

func divideShares(total, people int) (share int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot split %d between %d: %v", total, people, r)
		}
	}()
	share = total / people
	return share, nil
}

func main() {
	v := &Vault{name: "main", cash: 1000}
	for _, amt := range []int{300, -5, 2000, 700, 1} {
		if err := v.SafeWithdraw(amt); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok: took", amt, "left", v.cash)
		}
	}
	fmt.Println("vault opened", v.opened, "times")
	fmt.Println("log:", v.log)

	fmt.Println("deferred calls run last-in first-out:")
	countdown()

	for _, n := range []int{4, 0, 3} {
		share, err := divideShares(1000, n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("1000 split %d ways = %d each, remainder %d\n", n, share, 1000-share*n)
	}

	x := 10
	defer fmt.Println("deferred sees x =", x)
	x = 20
	fmt.Println("main ends with x =", x)
}
