package main

import (
	"fmt"
	"os"
)

type Money struct {
	Cents    int64
	Currency string
}

type Customer struct {
	Name    string
	Email   string
	Balance Money
	Tags    []string
	VIP     bool
}

type AccountNo string

func main() {
	c := Customer{
		Name:    "Ada Byron",
		Email:   "ada@example.com",
		Balance: Money{123456, "GBP"},
		Tags:    []string{"savings", "loan"},
		VIP:     true,
	}

	fmt.Printf("%%v   %v\n", c)
	fmt.Printf("%%+v  %+v\n", c)
	fmt.Printf("%%#v  %#v\n", c.Balance)
	fmt.Printf("%%T   %T | %T | %T\n", c, c.Balance, c.Tags)

	acct := AccountNo("GB29-NWBK-6016")
	fmt.Printf("%%q   %q\n", acct)
	fmt.Printf("%%x   %x\n", acct)
	fmt.Printf("%%X   % X\n", []byte("PAY"))
	fmt.Printf("%%x   %x (id 48879)\n", 48879)
	fmt.Printf("%%o %%b  %o %b\n", 8, 5)

	price := 1234.5678
	fmt.Printf("[%8.2f]\n", price)
	fmt.Printf("[%-8.1f]\n", 3.14159)
	fmt.Printf("[%08.2f]\n", 42.5)
	fmt.Printf("[%+.2f] [%+.2f]\n", 10.0, -10.0)
	fmt.Printf("[%e] [%g]\n", 1500000.0, 0.000025)

	fmt.Printf("[%-10s][%10s]\n", "left", "right")
	fmt.Printf("[%-10s][%10s]\n", c.Name, c.Balance.Currency)
	fmt.Printf("[%5d][%-5d][%05d]\n", 42, 42, 42)
	fmt.Printf("[%*d]\n", 6, 7)
	fmt.Printf("[%.3s]\n", "Ledger")
	fmt.Printf("%c%c%c %U\n", 'G', 'B', 'P', '€')
	fmt.Printf("%t %v\n", c.VIP, !c.VIP)
	fmt.Printf("%v %d\n", []int{1, 2, 3}, []int{4, 5})
	fmt.Printf("%v\n", map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Printf("%q\n", []string{"rent", "food & drink"})

	var p *Customer
	fmt.Printf("nil pointer: %v\n", p)
	fmt.Printf("%6.2f%%\n", 7.125)

	s := fmt.Sprintf("%s owes %d.%02d %s", c.Name, c.Balance.Cents/100, c.Balance.Cents%100, c.Balance.Currency)
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stdout, "written with Fprintln")
	n, _ := fmt.Printf("%v|%v\n", nil, struct{}{})
	fmt.Println("bytes written:", n)
}
