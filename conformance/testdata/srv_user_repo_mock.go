package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrNotFound  = errors.New("user not found")
	ErrDuplicate = errors.New("email already registered")
)

type User struct {
	ID    int
	Name  string
	Email string
}

type UserRepository interface {
	Create(u User) (User, error)
	FindByID(id int) (User, error)
	FindByEmail(email string) (User, error)
	List() ([]User, error)
}

// memoryRepo is the in-memory implementation used in development.
type memoryRepo struct {
	nextID int
	byID   map[int]User
}

func newMemoryRepo() *memoryRepo { return &memoryRepo{nextID: 1, byID: map[int]User{}} }

func (m *memoryRepo) Create(u User) (User, error) {
	if _, err := m.FindByEmail(u.Email); err == nil {
		return User{}, ErrDuplicate
	}
	u.ID = m.nextID
	m.nextID++
	m.byID[u.ID] = u
	return u, nil
}

func (m *memoryRepo) FindByID(id int) (User, error) {
	u, ok := m.byID[id]
	if !ok {
		return User{}, fmt.Errorf("id %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func (m *memoryRepo) FindByEmail(email string) (User, error) {
	for _, u := range m.byID {
		if strings.EqualFold(u.Email, email) {
			return u, nil
		}
	}
	return User{}, fmt.Errorf("email %s: %w", email, ErrNotFound)
}

func (m *memoryRepo) List() ([]User, error) {
	out := make([]User, 0, len(m.byID))
	for _, u := range m.byID {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// mockRepo records calls and returns canned errors; it embeds the
// interface so unimplemented methods would panic if called.
type mockRepo struct {
	UserRepository
	calls     []string
	createErr error
}

func (m *mockRepo) Create(u User) (User, error) {
	m.calls = append(m.calls, "Create("+u.Email+")")
	if m.createErr != nil {
		return User{}, m.createErr
	}
	u.ID = 99
	return u, nil
}

// UserService holds the business rules and depends only on the interface.
type UserService struct{ repo UserRepository }

func (s *UserService) Register(name, email string) (User, error) {
	name = strings.TrimSpace(name)
	email = strings.ToLower(strings.TrimSpace(email))
	if name == "" || !strings.Contains(email, "@") {
		return User{}, fmt.Errorf("register %q: invalid input", email)
	}
	u, err := s.repo.Create(User{Name: name, Email: email})
	if err != nil {
		return User{}, fmt.Errorf("register %q: %w", email, err)
	}
	return u, nil
}

func main() {
	svc := &UserService{repo: newMemoryRepo()}
	inputs := [][2]string{
		{"Alice", "Alice@Example.com"},
		{"Bob", "bob@example.com"},
		{"Alice Again", "alice@example.com"},
		{"  ", "x@example.com"},
		{"Carol", "carol@example.com"},
	}
	for _, in := range inputs {
		u, err := svc.Register(in[0], in[1])
		switch {
		case errors.Is(err, ErrDuplicate):
			fmt.Println("duplicate:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("created #%d %s <%s>\n", u.ID, u.Name, u.Email)
		}
	}
	users, _ := svc.repo.List()
	for _, u := range users {
		fmt.Printf("  list: %d %s\n", u.ID, u.Name)
	}
	_, err := svc.repo.FindByID(7)
	fmt.Println("find 7:", err, "| is ErrNotFound:", errors.Is(err, ErrNotFound))

	mock := &mockRepo{createErr: errors.New("connection reset")}
	svc = &UserService{repo: mock}
	_, err = svc.Register("Dave", "DAVE@example.com")
	fmt.Println("mock error:", err)
	mock.createErr = nil
	u, err := svc.Register("Eve", "eve@example.com")
	fmt.Println("mock ok:", u.ID, u.Email, err)
	fmt.Println("mock calls:", strings.Join(mock.calls, ", "))
}
