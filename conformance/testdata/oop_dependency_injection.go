package main

import (
	"errors"
	"fmt"
	"strings"
)

type User struct {
	ID          int
	Email, Name string
}

// UserRepository and Mailer are the dependencies the service needs.
type UserRepository interface {
	FindByEmail(email string) (User, error)
	Save(u User) (User, error)
}

type Mailer interface {
	Send(to, subject string) error
}

var ErrNotFound = errors.New("user not found")

type UserService struct {
	repo   UserRepository
	mailer Mailer
}

func NewUserService(r UserRepository, m Mailer) *UserService {
	return &UserService{repo: r, mailer: m}
}

func (s *UserService) Register(email, name string) (User, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	if _, err := s.repo.FindByEmail(email); err == nil {
		return User{}, fmt.Errorf("register %s: already exists", email)
	} else if !errors.Is(err, ErrNotFound) {
		return User{}, fmt.Errorf("register %s: %w", email, err)
	}
	u, err := s.repo.Save(User{Email: email, Name: name})
	if err != nil {
		return User{}, err
	}
	if err := s.mailer.Send(u.Email, "Welcome, "+u.Name); err != nil {
		return u, fmt.Errorf("user saved but mail failed: %w", err)
	}
	return u, nil
}

// fakeRepo and fakeMailer are test doubles injected in place of real ones.
type fakeRepo struct {
	users  map[string]User
	nextID int
	broken bool
}

func (f *fakeRepo) FindByEmail(email string) (User, error) {
	if f.broken {
		return User{}, errors.New("db connection lost")
	}
	if u, ok := f.users[email]; ok {
		return u, nil
	}
	return User{}, ErrNotFound
}

func (f *fakeRepo) Save(u User) (User, error) {
	f.nextID++
	u.ID = f.nextID
	f.users[u.Email] = u
	return u, nil
}

type fakeMailer struct{ sent []string }

func (m *fakeMailer) Send(to, subject string) error {
	if strings.HasSuffix(to, ".invalid") {
		return fmt.Errorf("cannot deliver to %s", to)
	}
	m.sent = append(m.sent, to+": "+subject)
	return nil
}

func main() {
	repo := &fakeRepo{users: map[string]User{}}
	mail := &fakeMailer{}
	svc := NewUserService(repo, mail)

	for _, in := range [][2]string{{"Ada@Example.com ", "Ada"}, {"bob@example.com", "Bob"}, {"ada@example.com", "Ada2"}, {"eve@host.invalid", "Eve"}} {
		u, err := svc.Register(in[0], in[1])
		fmt.Printf("%-22q -> %+v err=%v\n", in[0], u, err)
	}
	repo.broken = true
	_, err := svc.Register("zed@example.com", "Zed")
	fmt.Println("broken repo:", err, errors.Is(err, ErrNotFound))
	fmt.Println(repo.users, len(mail.sent))
	fmt.Printf("%q %T %T\n", mail.sent, svc.repo, svc.mailer)
}
