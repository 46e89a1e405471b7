// A village shop: buying and selling with stock limits and typed errors.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Gold int

func (g Gold) String() string { return fmt.Sprintf("%dg", int(g)) }

var ErrNoStock = errors.New("out of stock")

type FundsError struct {
	Need, Have Gold
}

func (e FundsError) Error() string { return fmt.Sprintf("need %v but have %v", e.Need, e.Have) }

type Shop struct {
	Prices map[string]Gold
	Stock  map[string]int
	Till   Gold
}

type Player struct {
	Purse Gold
	Bag   map[string]int
}

func (s *Shop) Sell(p *Player, item string, qty int) error {
	price, ok := s.Prices[item]
	if !ok || s.Stock[item] < qty {
		return fmt.Errorf("buy %d %s: %w", qty, item, ErrNoStock)
	}
	cost := price * Gold(qty)
	if p.Purse < cost {
		return fmt.Errorf("buy %d %s: %w", qty, item, FundsError{cost, p.Purse})
	}
	p.Purse -= cost
	s.Till += cost
	s.Stock[item] -= qty
	p.Bag[item] += qty
	return nil
}

// Buy takes an item from the player at half price.
func (s *Shop) Buy(p *Player, item string) (Gold, error) {
	if p.Bag[item] == 0 {
		return 0, fmt.Errorf("sell %s: player has none", item)
	}
	offer := s.Prices[item] / 2
	if offer == 0 {
		offer = 1
	}
	if s.Till < offer {
		return 0, FundsError{offer, s.Till}
	}
	p.Bag[item]--
	s.Stock[item]++
	s.Till -= offer
	p.Purse += offer
	return offer, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func main() {
	shop := &Shop{
		Prices: map[string]Gold{"arrow": 1, "bow": 40, "potion": 15, "rope": 6, "lantern": 22},
		Stock:  map[string]int{"arrow": 100, "bow": 1, "potion": 3, "rope": 2, "lantern": 1},
		Till:   30,
	}
	hero := &Player{Purse: 90, Bag: map[string]int{"wolf pelt": 2}}
	shop.Prices["wolf pelt"] = 12

	var errs []error
	orders := []struct {
		item string
		qty  int
	}{{"bow", 1}, {"arrow", 30}, {"potion", 4}, {"potion", 2}, {"lantern", 1}, {"rope", 1}}
	for _, o := range orders {
		err := shop.Sell(hero, o.item, o.qty)
		if err != nil {
			errs = append(errs, err)
		}
		fmt.Printf("buy %-8s x%-3d purse=%-4v err=%v\n", o.item, o.qty, hero.Purse, err)
	}
	for _, item := range []string{"wolf pelt", "wolf pelt", "wolf pelt", "bow"} {
		got, err := shop.Buy(hero, item)
		fmt.Printf("sell %-9s got %v, err=%v\n", item, got, err)
	}

	joined := errors.Join(errs...)
	var fe FundsError
	fmt.Printf("errors: %d, any out of stock: %t, any funds: %t\n", len(errs), errors.Is(joined, ErrNoStock), errors.As(joined, &fe))
	fmt.Printf("first funds problem: %+v (short %v)\n", fe, fe.Need-fe.Have)
	for _, k := range sortedKeys(hero.Bag) {
		fmt.Printf("  bag: %-9s %3d\n", k, hero.Bag[k])
	}
	fmt.Println("shop stock:", shop.Stock, "till:", shop.Till)
}
