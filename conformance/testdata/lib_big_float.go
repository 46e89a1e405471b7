package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, prec := range []uint{24, 53, 100, 200} {
		x := new(big.Float).SetPrec(prec).SetInt64(1)
		three := new(big.Float).SetPrec(prec).SetInt64(3)
		x.Quo(x, three)
		fmt.Printf("prec %3d: 1/3 = %s acc=%s\n", prec, x.Text('g', 40), x.Acc())
	}

	// sqrt(2) with high precision
	two := new(big.Float).SetPrec(256).SetInt64(2)
	s := new(big.Float).SetPrec(256).Sqrt(two)
	fmt.Println("sqrt2:", s.Text('f', 60))
	sq := new(big.Float).SetPrec(256).Mul(s, s)
	fmt.Println("sqrt2^2:", sq.Text('g', 30))

	f, _, err := big.ParseFloat("1.5e100", 10, 128, big.ToNearestEven)
	fmt.Println("parsed:", f.Text('e', 10), err)
	fmt.Println("mantexp:", f.MantExp(nil), f.MinPrec(), f.Sign(), f.IsInt())

	a, _ := new(big.Float).SetString("0.1")
	b, _ := new(big.Float).SetString("0.2")
	c := new(big.Float).Add(a, b)
	fmt.Println("0.1+0.2:", c.String(), c.Prec(), c.Cmp(big.NewFloat(0.3)))

	z := big.NewFloat(2.75)
	i, acc := z.Int64()
	fmt.Println("int64:", i, acc)
	bi, _ := new(big.Float).SetPrec(200).SetFloat64(1e30).Int(nil)
	fmt.Println("big int:", bi)

	modes := []big.RoundingMode{big.ToNearestEven, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}
	for _, m := range modes {
		v := new(big.Float).SetMode(m).SetPrec(4).SetFloat64(-2.3)
		fmt.Printf("%-13s %s\n", m, v.Text('g', 10))
	}

	fmt.Printf("fmt verbs: %.5f %10.3e %v\n", s, f, big.NewFloat(-0.0))
	inf := new(big.Float).SetInf(false)
	fmt.Println("inf:", inf, inf.IsInf())
}
